"""The ``arabicnews`` command line."""

"""The ``attributions`` stage: who says what."""

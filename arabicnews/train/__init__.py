"""Training commands that rebuild the data files shipped in the package.

Run python -m arabicnews.train COMMAND --help; each command lives in its own module here.
"""

"""Evaluation commands that score a stage on a public test set and print the figures.

Run python -m arabicnews.evaluate COMMAND --help; each command lives in its own module here.
"""

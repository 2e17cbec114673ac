"""Ways out of a Document: the command line, exports, the HTML view, validation, Dask."""

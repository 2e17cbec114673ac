"""The machinery every stage stands on: the Document, the Pipeline, errors, normalisation, data files."""

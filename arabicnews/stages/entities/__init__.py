"""The ``entities`` stage: the default offline tagger, mention grouping, and the stanza backend."""

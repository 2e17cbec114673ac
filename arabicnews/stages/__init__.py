"""The built-in stages: tokens, sentences, quantities, entities, attributions, and the default pipeline."""

"""The annotation types of the ``attribution`` layer (filled in by its stage)."""

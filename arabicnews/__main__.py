"""``python -m arabicnews``: the command line."""

import sys

from arabicnews.surfaces.cli.main import main

sys.exit(main())

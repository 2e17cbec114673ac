"""``python -m arabicnews``: the command line."""

import sys

from arabicnews.cli import main

sys.exit(main())

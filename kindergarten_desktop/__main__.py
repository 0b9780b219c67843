import sys

from kindergarten_desktop.cli import main

sys.exit(main())

"""kindergarten-desktop: the office application of one Vietnamese kindergarten."""

import logging

__version__ = "0.1.0"
APP_NAME = "kindergarten-desktop"
ORG_NAME = "kindergarten-desktop"

# Log records go to the rotating file once logs.setup_logging() has run (GUI, CLI errors), and
# nowhere before: without this, Python would print warnings on stderr, a second line beside the
# CLI's one-line messages.
logging.getLogger(__name__).addHandler(logging.NullHandler())

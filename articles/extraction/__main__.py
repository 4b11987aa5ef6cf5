import sys

from articles.extraction import main

sys.exit(main())

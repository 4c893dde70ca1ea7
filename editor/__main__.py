"""`python -m editor` starts Feder like the `feder` console script."""

from editor.app import main

raise SystemExit(main())

"""`python -m editor` starts Feder like the `feder` console script."""

from editor.app import main

if __name__ == "__main__":
    raise SystemExit(main())

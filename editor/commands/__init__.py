"""Sub-commands of the `feder` command line; each module has ``register(subparsers)``."""

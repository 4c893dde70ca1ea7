"""Qt-free core of Feder: everything that can be tested without a screen."""

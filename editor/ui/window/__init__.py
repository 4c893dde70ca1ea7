"""The application and its main window, which wires the features together, plus
window-wide things: theme, appearance and interface-language menus, About.
"""

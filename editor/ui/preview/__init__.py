"""The preview pane (view.py) and the service that talks to the render helper.
"""

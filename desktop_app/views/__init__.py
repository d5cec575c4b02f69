"""The Qt user interface: the only package that imports Qt widgets.

Everything here shows what the Qt-free packages compute; database work runs on one worker
thread (`cache_worker`), and all text that comes from a bundle is shown as plain text.
"""

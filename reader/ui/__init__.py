"""The Qt user interface: the reading window and its panels."""

from reader.ui.qt_compat import protect_none

protect_none()

"""The Qt user interface: the reading window and its panels."""

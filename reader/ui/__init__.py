"""The Qt user interface: the reading window and its panels."""

from reader.ui.common.qt_compat import protect_none, skip_feature_scan

protect_none()
skip_feature_scan()

"""What every floor uses: the idle queue, batched filling, Qt compatibility, translations,
themes, fonts and the message dialogs.

Imports no other part of reader.ui.
"""

"""Start-up and the application's life: launching the window (launch, startup), handing a second
instance's files to the first (single_instance), and housekeeping at exit.

May import every floor below: window, notes, article, panels, common.
"""

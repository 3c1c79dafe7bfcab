## The Reports tab.

reports-title = Reports

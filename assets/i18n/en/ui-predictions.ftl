## The Predictions tab.

predictions-title = Predictions

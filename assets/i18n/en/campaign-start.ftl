# "Start a campaign" beside a list of customers (Segments, Predictions, Baskets, Feedback).
campaign-start-button = Start a campaign
campaign-start-tip = Opens Campaigns with this list as the target: the campaign holds out a control group from it and measures who comes back.
# The kind of campaign target that is a Feedback list (feedback:unhappy).
feedback-campaign-kind = Feedback list

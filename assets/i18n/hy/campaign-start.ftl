# "Start a campaign" beside a list of customers (Segments, Predictions, Baskets, Feedback).
campaign-start-button = Սկսել արշավ
campaign-start-tip = Բացում է «Արշավներ»-ը այս ցանկով որպես թիրախ. արշավը դրանից առանձնացնում է վերահսկիչ խումբ և չափում, թե ով է վերադառնում։
# The kind of campaign target that is a Feedback list (feedback:unhappy).
feedback-campaign-kind = Կարծիքների ցանկ

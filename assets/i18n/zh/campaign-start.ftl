# "Start a campaign" beside a list of customers (Segments, Predictions, Baskets, Feedback).
campaign-start-button = 发起营销活动
campaign-start-tip = 打开“营销活动”，以此名单为目标：活动从中留出对照组，并衡量谁回来购买。
# The kind of campaign target that is a Feedback list (feedback:unhappy).
feedback-campaign-kind = 反馈名单

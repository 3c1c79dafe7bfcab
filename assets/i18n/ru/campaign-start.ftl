# "Start a campaign" beside a list of customers (Segments, Predictions, Baskets, Feedback).
campaign-start-button = Запустить кампанию
campaign-start-tip = Открывает «Кампании» с этим списком в качестве цели: кампания оставляет из него контрольную группу и измеряет, кто вернулся.
# The kind of campaign target that is a Feedback list (feedback:unhappy).
feedback-campaign-kind = Список по отзывам

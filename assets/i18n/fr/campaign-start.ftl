# "Start a campaign" beside a list of customers (Segments, Predictions, Baskets, Feedback).
campaign-start-button = Lancer une campagne
campaign-start-tip = Ouvre Campagnes avec cette liste comme cible : la campagne en écarte un groupe témoin et mesure qui revient.
# The kind of campaign target that is a Feedback list (feedback:unhappy).
feedback-campaign-kind = Liste des avis

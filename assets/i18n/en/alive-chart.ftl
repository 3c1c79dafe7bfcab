# The customer detail's small chart of P(alive) over time (issue 21).
alive-chart-title = Chance of still being a customer, over time (%)
alive-chart-point = { $day }: { $percent }
alive-chart-line = Still a customer

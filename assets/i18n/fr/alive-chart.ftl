# The customer detail's small chart of P(alive) over time (issue 21).
alive-chart-title = Probabilité d’être encore client, au fil du temps (%)
alive-chart-point = { $day } : { $percent }
alive-chart-line = Encore client

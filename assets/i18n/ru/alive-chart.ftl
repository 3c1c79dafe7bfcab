# The customer detail's small chart of P(alive) over time (issue 21).
alive-chart-title = Вероятность, что клиент ещё покупает, во времени (%)
alive-chart-point = { $day }: { $percent }
alive-chart-line = Ещё покупает

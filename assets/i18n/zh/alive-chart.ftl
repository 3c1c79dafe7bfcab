# The customer detail's small chart of P(alive) over time (issue 21).
alive-chart-title = 仍会购买的概率随时间的变化（%）
alive-chart-point = { $day }：{ $percent }
alive-chart-line = 仍会购买

# The customer detail's small chart of P(alive) over time (issue 21).
alive-chart-title = Դեռ հաճախորդ լինելու հավանականությունը ժամանակի ընթացքում (%)
alive-chart-point = { $day }՝ { $percent }
alive-chart-line = Դեռ հաճախորդ է

## 客户反馈标签页。
feedback-title = 客户反馈

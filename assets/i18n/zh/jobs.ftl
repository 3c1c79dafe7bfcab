## 任务正在做什么、结束情况，以及后台进程。

stage-reading-sales = 正在读取销售数据
stage-reading-products = 正在读取商品和渠道
stage-reading-customers = 正在读取客户
stage-working-out-segments = 正在计算分群
stage-forecasting = 正在选择模型并预测
stage-working-out-cohorts = 正在计算同期群
stage-working-out-channels = 正在分析渠道
stage-predicting = 正在拟合复购预测模型
stage-writing-file = 正在写入文件
stage-laying-out-pages = 正在排版页面
stage-drawing-preview = 正在生成预览
stage-merging = 正在合并
stage-erasing = 正在彻底删除
stage-creating-demo = 正在创建演示店铺
stage-saving-demo = 正在保存演示店铺
stage-checking = 正在检查 { $file }
stage-importing = 正在导入 { $file }
stage-checked-rows = 检查中：{ $rows } 行
stage-imported-rows = 导入中：{ $rows } 行
stage-detecting-reading = 正在读取姓名、电话和地址
stage-detecting-learning-chance = 正在估算不同的人资料碰巧相似的概率
stage-detecting-finding-pairs = 正在查找疑似重复的客户对
stage-detecting-comparing-pairs = 正在比对疑似重复的客户对
stage-detecting-estimating-model = 正在估算模型
stage-detecting-scoring-pairs = 正在给每对客户打分
stage-finding-rules = 正在分析搭配购买
stage-done = 完成
cancelled-demo = 已取消加载演示店铺，没有做任何更改。
cancelled-check = 检查已停止，没有写入任何内容。
cancelled-import = 导入已取消，没有做任何更改。
cancelled-merge = 合并已取消，没有合并任何客户。
cancelled-erase = 彻底删除已取消，没有删除任何内容。
cancelled-find-duplicates = 已取消查找重复客户。
cancelled-segments = 已取消计算分群。
cancelled-report = 已取消生成报告。
cancelled-baskets = 已取消分析搭配购买。
done-demo = 演示店铺已就绪：{ $customers } 位客户，{ $years } 年的数据。
done-import = 已从 { $file } 导入 { $imported } 行（共读取 { $read } 行）。
done-report-saved = 报告已保存到 { $path }。
done-rows-saved = 已将 { $rows } 行保存到 { $path }。
print-no-service = 打印需要系统的打印服务（未找到“{ $program }”）。请先保存 PDF，再用 PDF 阅读器打印。
print-unreachable = 无法连接打印机：{ $reason }。
print-no-printer = 这台电脑还没有设置打印机。请在系统的打印机设置中添加一台，或保存 PDF 后在其他电脑上打印。
print-refused = 打印机拒绝了这份报告。请保存 PDF，再用 PDF 阅读器打印。
print-refused-because = 打印机拒绝了这份报告：{ $reason }。请保存 PDF，再用 PDF 阅读器打印。
done-erased = 已彻底删除 { $customers } 位客户（清空了 { $contacts } 条联系人记录）；他们的销售数据仍保留，改为匿名记录。
done-backup-saved = 备份副本已保存到 { $path }。
privacy-backups-heading = 备份
privacy-backups-folder = 备份副本保存在 { $path }：每天打开窗口时备份一次，每次导入、全部合并、彻底删除和恢复之前也各备份一次（保留 7 份每日备份和 4 份每周备份）。用 clientele restore FILE 恢复其中一份。
privacy-backups-none = 还没有备份。
privacy-backups-copy = { $name } · { $kb } KB
privacy-backup-now = 立即备份
done-subject-saved = 该客户的全部数据已保存到 { $path }。
worker-stopped = 后台进程已停止：在它重新运行之前，无法读取或保存任何数据，刚才进行的操作也没有完成。
worker-restart = 重新启动
worker-stopped-request = 后台进程在完成之前停止了；请重新启动它以继续

done-unmerge = 已撤销 { $merges } 次合并，这些客户重新分开了。
print-sent = { $job ->
    [none] 报告已发送到打印机。
   *[other] 报告已发送到打印机（打印任务 { $job }）。
}

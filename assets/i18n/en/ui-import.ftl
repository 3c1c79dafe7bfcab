## The Import tab.

import-title = Import

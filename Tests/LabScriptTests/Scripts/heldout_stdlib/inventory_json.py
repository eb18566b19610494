import json
from dataclasses import dataclass, field, asdict
from enum import Enum
from typing import List, Optional
from collections import ChainMap
import copy

class Category(Enum):
    TOOLS = "tools"
    PARTS = "parts"
    FOOD = "food"

@dataclass
class Item:
    sku: str
    name: str
    category: Category
    qty: int = 0
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    supplier: Optional[str] = None

    @property
    def value(self):
        return round(self.qty * self.price, 2)

DATA = """[
 {"sku": "T-1", "name": "hammer", "category": "tools", "qty": 5, "price": 12.5, "tags": ["steel"]},
 {"sku": "P-9", "name": "bolt", "category": "parts", "qty": 500, "price": 0.05},
 {"sku": "F-2", "name": "coffee", "category": "food", "qty": 0, "price": 7.25, "supplier": "Bean Co"},
 {"sku": "T-4", "name": "saw", "category": "tools", "qty": 2, "price": 25.0, "tags": ["steel", "sharp"]}
]"""

items = [Item(**{**d, "category": Category(d["category"])}) for d in json.loads(DATA)]
for it in items:
    print(f"{it.sku:<5}{it.name:<8}{it.category.name:<6}{it.qty:>5}{it.price:>8.2f}{it.value:>9.2f}")
print("total value", sum(i.value for i in items))
out_of_stock = [i.name for i in items if i.qty == 0]
print("out of stock", out_of_stock)

def encode(obj):
    if isinstance(obj, Category):
        return obj.value
    raise TypeError(f"cannot encode {type(obj).__name__}")

report = {
    "count": len(items),
    "by_category": {c.value: [i.sku for i in items if i.category is c] for c in Category},
    "items": [asdict(i) for i in items],
}
text = json.dumps(report, default=encode, indent=2)
print(text[:300])
back = json.loads(text)
print(back["by_category"], back["items"][1]["tags"], back["items"][2]["supplier"])
print(json.dumps(report["by_category"], separators=(",", ":"), sort_keys=True))

defaults = {"currency": "USD", "reorder_level": 3, "warehouse": "A"}
overrides = {"reorder_level": 10}
cfg = ChainMap(overrides, defaults)
to_reorder = [i.sku for i in items if i.qty < cfg["reorder_level"]]
print(cfg, to_reorder)
snapshot = copy.deepcopy(items)
snapshot[0].tags.append("sold")
print(items[0].tags, snapshot[0].tags, items[0] == snapshot[0])
try:
    json.dumps({"bad": {1, 2}}, default=encode)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([1.5, float("inf"), None, True, "é"]), json.dumps("é", ensure_ascii=False))

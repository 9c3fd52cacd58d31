# Corpus: blind3 ml, flag keys held in a frozen dataclass and typed module constants (declarations only).
# Source: Python docs dataclasses (frozen=True class attributes with annotations); typing.Final.
from dataclasses import dataclass
from typing import Final

RERANKER_V2: Final = "ml-reranker-v2"
EMBEDDINGS_CACHE: Final[str] = "ml-embeddings-cache"


@dataclass(frozen=True)
class FlagKeys:
    SEMANTIC_SEARCH: str = "ml-semantic-search"
    BATCH_SCORING: str = "ml-batch-scoring"


KEYS = FlagKeys()

"Continual-learning strategies: each module registers its own (see `strategies.core`)"

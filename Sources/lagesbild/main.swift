print("lagesbild")

print("sopc")

print("khyber-central: not built yet")

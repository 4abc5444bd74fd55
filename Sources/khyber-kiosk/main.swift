print("khyber-kiosk")

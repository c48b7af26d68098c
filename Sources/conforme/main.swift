import ConformeKit
print("conforme")

"""Impact Claims dashboard (Streamlit)."""

// Entry point: registers the studio shell; index.html places <toon-studio>.
import './app/toon-studio';

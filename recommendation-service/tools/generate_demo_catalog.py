#!/usr/bin/env python3
"""Generates src/main/resources/demo-catalog.json: the demo catalog loaded in dev (idempotent by url).

Not part of the build; run it again after changing the lists below:
    python3 tools/generate_demo_catalog.py
"""
import json
import random
import re
from pathlib import Path

random.seed(20261125)

PROVIDERS = {
    "LINKEDIN_LEARNING": "https://www.linkedin.com/learning/",
    "COURSERA": "https://www.coursera.org/learn/",
    "UDEMY": "https://www.udemy.com/course/",
    "EDX": "https://www.edx.org/learn/",
    "OTHER": "https://academy.example.org/courses/",
}

# (area, topics, skills, title stems)
SUBJECTS = [
    ("technology", ["data engineering", "databases"], ["sql", "python", "apache airflow"],
     ["Data Engineering Foundations", "Building Data Pipelines with Airflow", "Modern Data Warehousing",
      "SQL for Data Engineers", "Streaming Data with Kafka"]),
    ("technology", ["machine learning", "data science"], ["python", "scikit learn", "statistics"],
     ["Machine Learning Crash Course", "Applied Machine Learning in Python", "Feature Engineering in Practice",
      "Deep Learning Fundamentals", "MLOps: Models in Production"]),
    ("technology", ["cloud computing", "devops"], ["kubernetes", "docker", "terraform"],
     ["Kubernetes for Developers", "Docker from Zero", "Infrastructure as Code with Terraform",
      "AWS Cloud Practitioner Prep", "Site Reliability Engineering Basics"]),
    ("technology", ["software engineering", "java"], ["java", "spring", "quarkus"],
     ["Java Programming Masterclass", "Cloud-Native Java with Quarkus", "Clean Code in Java",
      "Microservices Patterns", "Testing Java Applications"]),
    ("technology", ["web development", "javascript"], ["javascript", "typescript", "react"],
     ["JavaScript: The Complete Guide", "React and TypeScript", "Accessible Web Design",
      "Node.js APIs from Scratch", "Frontend Performance"]),
    ("technology", ["cybersecurity"], ["network security", "threat modeling"],
     ["Cybersecurity Fundamentals", "Ethical Hacking Essentials", "Threat Modeling for Teams",
      "Security for Developers"]),
    ("technology", ["product management"], ["roadmapping", "user research"],
     ["Product Management Essentials", "User Research Methods", "Product Roadmaps that Work",
      "Metrics for Product Managers"]),
    ("business", ["marketing", "digital marketing"], ["seo", "content marketing", "google analytics"],
     ["Digital Marketing Strategy", "SEO Foundations", "Content Marketing that Converts",
      "Marketing Analytics", "Social Media Marketing"]),
    ("business", ["finance", "accounting"], ["financial modeling", "excel"],
     ["Financial Modeling in Excel", "Accounting for Non-Accountants", "Corporate Finance Essentials",
      "Budgeting and Forecasting"]),
    ("business", ["leadership", "management"], ["people management", "coaching"],
     ["Leading Teams Remotely", "First-Time Manager", "Coaching Skills for Leaders",
      "Giving Feedback Well", "Leading Change"]),
    ("business", ["entrepreneurship", "sales"], ["negotiation", "business development", "pitching"],
     ["Negotiation Mastery", "B2B Sales Fundamentals", "Starting a Business", "Pitching to Investors",
      "Freelancing: Finding Your First Clients"]),
    ("business", ["project management"], ["agile", "scrum", "risk management"],
     ["Agile Project Management", "Scrum Master Preparation", "PMP Exam Prep", "Kanban in Practice"]),
    ("business", ["career development"], ["public speaking", "personal branding", "writing"],
     ["Public Speaking with Confidence", "Personal Branding on LinkedIn", "Business Writing",
      "Thought Leadership: Becoming a Recognised Expert", "Interviewing for Your Next Job"]),
    ("languages", ["spanish", "languages"], ["spanish"],
     ["Spanish for Beginners", "Business Spanish", "Spanish Conversation Practice"]),
    ("languages", ["french", "languages"], ["french"],
     ["French for Beginners", "French for Work", "French Pronunciation"]),
    ("languages", ["german", "languages"], ["german"], ["German A1", "German for Professionals"]),
    ("languages", ["mandarin", "languages"], ["mandarin"], ["Mandarin Chinese 1", "Business Mandarin"]),
    ("languages", ["english", "languages"], ["english"],
     ["English for Business Communication", "IELTS Preparation", "Writing in English for Work"]),
    ("hobbies", ["photography"], ["photography", "photo editing"],
     ["Photography Basics", "Lightroom Editing", "Street Photography", "Portrait Lighting"]),
    ("hobbies", ["music"], ["guitar", "music theory"],
     ["Guitar for Beginners", "Music Theory Made Easy", "Home Music Production"]),
    ("hobbies", ["cooking"], ["cooking", "baking"],
     ["Cooking Fundamentals", "Sourdough at Home", "Plant-Based Cooking"]),
    ("hobbies", ["running", "fitness"], ["running", "nutrition"],
     ["Couch to 10K", "Marathon Training Plan", "Nutrition for Athletes"]),
    ("hobbies", ["chess"], ["chess"], ["Chess Openings", "Chess Endgames Masterclass"]),
    ("hobbies", ["drawing", "design"], ["drawing", "illustration"],
     ["Drawing for Beginners", "Digital Illustration with Procreate", "Watercolour Painting"]),
]

LEVEL_WORDS = {"BEGINNER": ["Introduction to", "Beginner's", "Foundations:"],
               "INTERMEDIATE": ["Practical", "Hands-on", "Applied"],
               "ADVANCED": ["Advanced", "Mastering", "Expert"]}

LANGUAGE_OF = {"spanish": "es", "french": "fr", "german": "de", "mandarin": "zh", "english": "en"}


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def courses():
    out = []
    seen = set()
    providers = list(PROVIDERS)
    while len(out) < 230:
        area, topics, skills, stems = random.choice(SUBJECTS)
        stem = random.choice(stems)
        provider = random.choices(providers, weights=[4, 4, 4, 3, 1])[0]
        level = random.choices(["BEGINNER", "INTERMEDIATE", "ADVANCED"], weights=[4, 4, 2])[0]
        title = stem
        if random.random() < 0.45:
            title = f"{random.choice(LEVEL_WORDS[level])} {stem}"
        url = PROVIDERS[provider] + slug(title)
        if url in seen:
            continue
        seen.add(url)
        taught = random.sample(skills, k=min(len(skills), random.randint(1, 3)))
        course_topics = list(topics)
        if area == "technology" and random.random() < 0.3:
            course_topics.append("career development")
        rating_count = int(random.lognormvariate(7, 1.6))
        cohort = None
        if provider in ("COURSERA", "EDX") and random.random() < 0.35:
            cohort = f"2026-{random.randint(11, 12):02d}-{random.randint(1, 28):02d}T09:00:00Z"
        language = "en"
        for t in topics:
            if t in LANGUAGE_OF and random.random() < 0.4:
                language = LANGUAGE_OF[t]
        out.append({
            "provider": provider,
            "title": title,
            "url": url,
            "description": f"{title}: {', '.join(taught)} for {area} professionals and curious learners. "
                           f"Covers {', '.join(course_topics)} with exercises and a final project.",
            "topics": course_topics,
            "skills": taught,
            "level": level,
            "durationMinutes": random.choice([45, 90, 120, 180, 240, 360, 600, 900, 1200, 2400]),
            "language": language,
            "rating": round(random.uniform(3.6, 4.9), 1),
            "ratingCount": rating_count,
            "cohortStart": cohort,
        })
    return out


SCHOOLS = ["HEC Paris", "INSEAD", "Stanford University", "Universidad de Buenos Aires",
           "University of Toronto", "ETH Zurich", "London School of Economics", "IIT Bombay",
           "Universidade de São Paulo", "Politecnico di Milano", "Tsinghua University", "MIT"]
ORGS = ["Google", "Accenture", "Deloitte", "Mercado Libre", "Shopify"]


def discussions():
    out = []
    for school in SCHOOLS:
        for flavour, topics in [("Alumni Network", ["alumni"]), ("Alumni in Tech", ["alumni", "technology"]),
                                ("Alumni Entrepreneurs", ["alumni", "entrepreneurship"])]:
            if flavour != "Alumni Network" and random.random() < 0.5:
                continue
            out.append(dict(kind="GROUP", title=f"{school} {flavour}",
                            description=f"Graduates of {school}: reunions, jobs, mentoring and news.",
                            url=f"https://www.linkedin.com/groups/{slug(school + ' ' + flavour)}",
                            topics=topics, community="ALUMNI", audience=school,
                            activityLevel=random.choice(["LOW", "MEDIUM", "HIGH"])))
    for org in ORGS:
        out.append(dict(kind="GROUP", title=f"{org} Alumni", description=f"Former colleagues from {org}.",
                        url=f"https://www.linkedin.com/groups/{slug(org)}-alumni", topics=["alumni"],
                        community="ALUMNI", audience=org, activityLevel=random.choice(["MEDIUM", "HIGH"])))
    disciplines = [("Data Engineering", ["data engineering"]), ("Machine Learning", ["machine learning"]),
                   ("Product Management", ["product management"]), ("Digital Marketing", ["digital marketing", "marketing"]),
                   ("Finance", ["finance"]), ("UX Research", ["user research", "design"]),
                   ("Engineering Management", ["leadership", "software engineering"]),
                   ("Cybersecurity", ["cybersecurity"]), ("Project Management", ["project management"]),
                   ("Sales", ["sales"])]
    for name, topics in disciplines:
        for kind, fmt in [("GROUP", "{} Professionals"), ("THREAD", "Ask Me Anything: {}"), ("EVENT", "{} Meetup")]:
            out.append(dict(kind=kind, title=fmt.format(name),
                            description=f"Practitioners of {name.lower()} sharing work, questions and opportunities.",
                            url=f"https://community.example.org/{slug(fmt.format(name))}", topics=topics,
                            community="DISCIPLINE", audience=None,
                            activityLevel=random.choice(["LOW", "MEDIUM", "HIGH", "HIGH"])))
    techs = [("Python", ["python", "software engineering"]), ("Kubernetes", ["kubernetes", "cloud computing"]),
             ("Java", ["java", "software engineering"]), ("React", ["react", "web development"]),
             ("PostgreSQL", ["databases", "data engineering"]), ("Rust", ["rust", "software engineering"]),
             ("Apache Kafka", ["data engineering", "streaming"]), ("Terraform", ["devops", "cloud computing"])]
    for name, topics in techs:
        for kind, fmt in [("GROUP", "{} Users Group"), ("THREAD", "{} Tips and Tricks")]:
            out.append(dict(kind=kind, title=fmt.format(name), description=f"Everything {name}: help, news, jobs.",
                            url=f"https://community.example.org/{slug(fmt.format(name))}", topics=topics,
                            community="TECHNOLOGY", audience=None,
                            activityLevel=random.choice(["MEDIUM", "HIGH"])))
    industries = [("Retail", ["retail"]), ("Healthcare", ["healthcare"]), ("Fintech", ["fintech", "finance"]),
                  ("Startups", ["entrepreneurship"]), ("Manufacturing", ["manufacturing"]),
                  ("Education", ["education"]), ("Hospitality", ["hospitality"])]
    for name, topics in industries:
        for kind, fmt in [("GROUP", "{} Leaders Forum"), ("EVENT", "{} Buyers and Suppliers Day")]:
            out.append(dict(kind=kind, title=fmt.format(name),
                            description=f"Decision makers in {name.lower()}: where buyers meet consultants and suppliers.",
                            url=f"https://community.example.org/{slug(fmt.format(name))}", topics=topics,
                            community="INDUSTRY", audience=None,
                            activityLevel=random.choice(["MEDIUM", "HIGH"])))
    for lang in ["Spanish", "French", "German", "Mandarin", "English"]:
        out.append(dict(kind="GROUP", title=f"{lang} Language Exchange",
                        description=f"Practise {lang} with native speakers, online and in person.",
                        url=f"https://community.example.org/{slug(lang)}-language-exchange",
                        topics=[lang.lower(), "languages"], community="LANGUAGE", audience=None,
                        activityLevel=random.choice(["LOW", "MEDIUM", "HIGH"])))
    hobbies = [("Photography", ["photography"]), ("Running", ["running", "fitness"]), ("Chess", ["chess"]),
               ("Home Cooking", ["cooking"]), ("Guitar", ["music"]), ("Sketching", ["drawing"]),
               ("Board Games", ["board games"]), ("Hiking", ["hiking"])]
    for name, topics in hobbies:
        for kind, fmt in [("GROUP", "{} Club"), ("EVENT", "{} Weekend")]:
            out.append(dict(kind=kind, title=fmt.format(name), description=f"{name} for professionals who need a break.",
                            url=f"https://community.example.org/{slug(fmt.format(name))}", topics=topics,
                            community="HOBBY", audience=None, activityLevel=random.choice(["LOW", "MEDIUM", "HIGH"])))
    return out


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "src/main/resources/demo-catalog.json"
    data = {"courses": courses(), "discussions": discussions()}
    target.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(data['courses'])} courses, {len(data['discussions'])} discussions -> {target}")

/// Slot values shared by every topic of the embedded dialogues.
enum DialogVocabulary {
    static let names = [
        "Tom", "Mary", "Jack", "Linda", "Peter", "Susan", "David", "Lucy", "Mike", "Anna", "Bill", "Kate",
        "Steven", "Jenny", "Frank", "Alice", "Henry", "Emma", "Sam", "Rose", "Brian", "Nancy", "Tony", "Helen",
        "Paul", "Judy", "Mark", "Grace", "Eric", "Sally", "Bob", "Laura", "Daniel", "Tina", "George", "Amy",
    ]
    static let surnames = [
        "Smith", "Brown", "Green", "White", "Johnson", "Miller", "Wilson", "Taylor", "Clark", "Lewis", "Walker",
        "Hall", "Allen", "Young", "King", "Wright", "Scott", "Baker", "Adams", "Turner", "Parker", "Collins",
    ]
    static let cities = [
        "London", "Paris", "New York", "Tokyo", "Beijing", "Sydney", "Rome", "Boston", "Chicago", "Toronto",
        "Madrid", "Berlin", "Seattle", "Vienna", "Dublin", "Shanghai", "Bangkok", "Lisbon", "Prague", "Oslo",
    ]
    static let times = [
        "seven o'clock", "half past eight", "nine in the morning", "ten thirty", "noon", "two o'clock",
        "a quarter to four", "five in the afternoon", "six thirty", "eight in the evening", "nine tonight",
    ]
    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let numbers = ["two", "three", "four", "five", "six", "ten", "twelve", "fifteen", "twenty"]
    static let prices = ["15", "20", "25", "30", "45", "50", "60", "80", "99", "120", "150", "200", "350"]
    static let colors = ["black", "blue", "red", "white", "green", "gray", "brown", "yellow"]

    /// Draws one value for each shared slot.
    static func sharedSlots(_ random: inout SplitMix64) -> [String: String] {
        let pair = random.sample(names, 2)
        return [
            "A": pair[0], "B": pair[1], "C": random.pick(names), "surname": random.pick(surnames),
            "city": random.pick(cities), "city2": random.pick(cities), "time": random.pick(times),
            "day": random.pick(days), "number": random.pick(numbers), "price": random.pick(prices),
            "color": random.pick(colors),
        ]
    }
}

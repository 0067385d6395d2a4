package app.tandem.identity;

import app.tandem.identity.account.Account;
import app.tandem.identity.account.AccountRepository;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up people (never credentials) for other modules. */
@Service
public class People {

    private final AccountRepository accounts;

    People(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(UserId id) {
        return accounts.find(id).map(Account::person);
    }

    @Transactional(readOnly = true)
    public Person get(UserId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No person " + id));
    }

    /** The people with these ids (unknown ids are absent), in one query whatever their number. */
    @Transactional(readOnly = true)
    public Map<UserId, Person> findAll(Collection<UserId> ids) {
        return accounts.findAll(ids).stream()
                .map(Account::person)
                .collect(Collectors.toMap(Person::id, p -> p, (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public List<Person> clientsOf(UserId therapist) {
        return accounts.clientsOf(therapist).stream().map(Account::person).toList();
    }

    @Transactional(readOnly = true)
    public List<Person> inPractice(PracticeId practice) {
        return accounts.inPractice(practice).stream().map(Account::person).toList();
    }

    @Transactional(readOnly = true)
    public List<Person> therapists(PracticeId practice) {
        return inPractice(practice).stream().filter(Person::isTherapist).toList();
    }

    @Transactional(readOnly = true)
    public List<Person> admins(PracticeId practice) {
        return inPractice(practice).stream().filter(Person::isAdmin).toList();
    }
}
